// The quote report's words, in English or Arabic after the editor's display language.
// Plain strings (the webview receives them as JSON); {shown} and {total} are filled in
// by the webview script.

import type { QuoteKind } from '../../../server/src/protocol';

export interface ReportLabels {
  /** Direction of these words (the quotes themselves are always right-to-left). */
  dir: 'ltr' | 'rtl';
  /** Panel and page title for one article / for the folder. */
  articleTitle: string;
  folderTitle: string;
  caption: string;
  file: string;
  speaker: string;
  kind: string;
  cue: string;
  text: string;
  line: string;
  allSpeakers: string;
  allKinds: string;
  unattributed: string;
  kinds: Record<QuoteKind, string>;
  /** "{shown} of {total} quotes". */
  shown: string;
  noQuotes: string;
  revealHint: string;
}

const EN: ReportLabels = {
  dir: 'ltr',
  articleTitle: 'Quote Report',
  folderTitle: 'Quote Report: Folder',
  caption: 'Every quote, in the order of the text',
  file: 'File',
  speaker: 'Speaker',
  kind: 'Kind',
  cue: 'Cue',
  text: 'Quote',
  line: 'Line',
  allSpeakers: 'All speakers',
  allKinds: 'All kinds',
  unattributed: 'Unattributed',
  kinds: { statement: 'statement', term: 'term', title: 'title' },
  shown: '{shown} of {total} quotes',
  noQuotes: 'No quote matches.',
  revealHint: 'Enter shows the quote in the editor; the arrow keys move between quotes.',
};

const AR: ReportLabels = {
  dir: 'rtl',
  articleTitle: 'تقرير الاقتباسات',
  folderTitle: 'تقرير الاقتباسات: المجلد',
  caption: 'كل الاقتباسات بترتيب ورودها في النص',
  file: 'الملف',
  speaker: 'المتحدث',
  kind: 'النوع',
  cue: 'فعل الإسناد',
  text: 'الاقتباس',
  line: 'السطر',
  allSpeakers: 'كل المتحدثين',
  allKinds: 'كل الأنواع',
  unattributed: 'غير منسوب',
  kinds: { statement: 'تصريح', term: 'مصطلح', title: 'عنوان' },
  shown: 'المعروض: {shown} من {total}',
  noQuotes: 'لا يوجد اقتباس مطابق.',
  revealHint: 'مفتاح الإدخال يعرض الاقتباس في المحرر، ومفاتيح الأسهم تنتقل بين الاقتباسات.',
};

/** Labels for a VS Code display language such as "en", "ar" or "ar-eg". */
export function reportLabels(language: string): ReportLabels {
  return language.toLowerCase().startsWith('ar') ? AR : EN;
}
