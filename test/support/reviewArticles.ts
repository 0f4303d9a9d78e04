// Small articles written for the protocol tests, each line a paragraph as in wire copy.

/**
 * One of every finding: weekday, unattributed, anonymous, a name variant (written twice,
 * against three times the usual spelling), unbalanced mark, chrome, no source line; and a link.
 */
export const EVERY_FINDING = [
  'وزير الخارجية الروسي: الحوار مع الناتو مستمر',
  '',
  '14 يناير 2022',
  '',
  'قال وزير الخارجية الروسي سيرغي لافروف، اليوم الخميس 14 يناير 2022، إن "الحوار مع حلف شمال الأطلسي مستمر رغم كل الخلافات".',
  '',
  'وأضاف: "نحن مستعدون لمناقشة الضمانات الأمنية في أي وقت" قبل أن يغادر القاعة.',
  '',
  '"لن نقبل بأي شروط مسبقة من الطرف الآخر في هذه المفاوضات".',
  '',
  'وقال مسؤول في وزارة الخزانة: "العقوبات الجديدة ستطال القطاع المصرفي بالكامل".',
  '',
  'وأكد الرئيس البيلاروسي ألكسندر لوكاشينكو أن "بلاده تقف مع روسيا في كل الظروف".',
  '',
  'وتابع لوكاشينكا: "لن نسمح بزعزعة الاستقرار في المنطقة كلها.',
  '',
  'وشدد لوكاشينكا على أن "الأمن الجماعي هو أساس تعاوننا الدائم".',
  '',
  'وكان لوكاشينكو قد زار موسكو الشهر الماضي، ويحكم لوكاشينكو بيلاروس منذ عام 1994.',
  '',
  'للمزيد: https://example.com/news/123.',
  '',
  'Photo : Creative Commons',
  '',
].join('\n');

/** Headline, dateline, a statement, a heading and a carried-over statement, about the same minister. */
const LAVROV_LEAD = [
  'لافروف: منظمة معاهدة الأمن الجماعي أثبتت فعاليتها',
  '',
  '10 فبراير 2022',
  '',
  'قال وزير الخارجية الروسي سيرغي لافروف إن "منظمة معاهدة الأمن الجماعي أثبتت فعاليتها في الأزمة الأخيرة".',
  '',
  'آفاق التعاون',
  '',
  'وأضاف لافروف: "سنواصل العمل مع شركائنا في المنظمة لتعزيز الأمن في المنطقة" في ختام الاجتماع.',
  '',
];

/** A clean article about the same minister, with a section and a source line. */
export const LAVROV_ON_CSTO = [...LAVROV_LEAD, 'المصدر: تاس', ''].join('\n');

/** Two sections; a statement with no speaker in the first, a carried-over cue in the second. */
export const TWO_SECTIONS = [
  ...LAVROV_LEAD,
  '"لا بديل عن الحوار بين جميع الأطراف في هذه المرحلة الصعبة".',
  '',
  'موقف مينسك',
  '',
  'وقال الرئيس البيلاروسي ألكسندر لوكاشينكو: "نحن ندعم كل خطوة تعزز أمن الحلفاء".',
  '',
  'وتابع: "يجب أن نكون مستعدين لكل الاحتمالات في المستقبل".',
  '',
  'المصدر: تاس',
  '',
].join('\n');
