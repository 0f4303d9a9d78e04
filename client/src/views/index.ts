// The Press Review view container's three views (package.json contributes.views):
// Speakers, Organizations and Findings over every article of the workspace folders.

import * as vscode from 'vscode';
import { countTree, findingTree, organizationTree, speakerTree, type TreeCounts } from '../model/trees';
import type { FolderReviews } from '../store';
import { ModelTreeProvider } from './treeProvider';

export const VIEW_IDS = { speakers: 'pressReview.speakers', organizations: 'pressReview.organizations', findings: 'pressReview.findings' } as const;

export interface Views extends vscode.Disposable {
  providers: Record<keyof typeof VIEW_IDS, ModelTreeProvider>;
  /** Item counts of each view as it would show now (for the end-to-end suite). */
  counts(): Record<keyof typeof VIEW_IDS, TreeCounts>;
}

export function registerViews(store: FolderReviews): Views {
  const providers = {
    speakers: new ModelTreeProvider(VIEW_IDS.speakers, store, speakerTree),
    organizations: new ModelTreeProvider(VIEW_IDS.organizations, store, organizationTree),
    findings: new ModelTreeProvider(VIEW_IDS.findings, store, findingTree),
  };
  const disposables: vscode.Disposable[] = Object.values(providers);
  for (const [name, provider] of Object.entries(providers)) {
    disposables.push(vscode.window.createTreeView(VIEW_IDS[name as keyof typeof VIEW_IDS], { treeDataProvider: provider, showCollapseAll: true }));
  }
  return {
    providers,
    counts: () => ({ speakers: countTree(providers.speakers.roots()), organizations: countTree(providers.organizations.roots()), findings: countTree(providers.findings.roots()) }),
    dispose: () => disposables.forEach((d) => d.dispose()),
  };
}
