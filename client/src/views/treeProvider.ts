// One tree data provider for the three sidebar views: it shows the TreeNodes a pure model
// (../model/trees.ts) builds from the folder's reviews, rebuilt only when they change.
// Leaves carry a command that reveals their quote, mention or finding in the editor.

import * as vscode from 'vscode';
import { isolate, isolatedParts } from '../../../server/src/shared/bidi';
import type { ReviewedArticle } from '../../../server/src/protocol';
import { analyzeFolderOnOpen } from '../config';
import type { PathOf, TreeNode } from '../model/trees';
import type { FolderReviews } from '../store';

export type TreeModel = (articles: ReviewedArticle[], pathOf: PathOf) => TreeNode[];

export const pathOf: PathOf = (a) => vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri));

export class ModelTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private built: { version: number; roots: TreeNode[]; parents: Map<string, TreeNode> } | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly viewId: string,
    private readonly store: FolderReviews,
    private readonly model: TreeModel,
  ) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  /** The model's top-level nodes for the current reviews. */
  roots(): TreeNode[] {
    if (!this.built || this.built.version !== this.store.version) {
      const roots = this.model(this.store.all(), pathOf);
      const parents = new Map<string, TreeNode>();
      const walk = (n: TreeNode): void => {
        for (const c of n.children) {
          parents.set(c.id, n);
          walk(c);
        }
      };
      roots.forEach(walk);
      this.built = { version: this.store.version, roots, parents };
    }
    return this.built.roots;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (node) return node.children;
    if (this.store.state === 'empty' && analyzeFolderOnOpen()) {
      this.store.ensureLoaded(this.viewId).catch((e: Error) => void vscode.window.showErrorMessage(`Press Review: the folder could not be analysed: ${e.message}`));
    }
    return this.roots();
  }

  getParent(node: TreeNode): TreeNode | undefined {
    this.roots();
    return this.built?.parents.get(node.id);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    // Label and each part of the description isolated: Arabic names keep their direction (server/src/shared/bidi.ts).
    const item = new vscode.TreeItem(isolate(node.label), node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description && isolatedParts(node.description.split(' · '));
    item.tooltip = node.tooltip;
    if (node.resourceUri) item.resourceUri = vscode.Uri.parse(node.resourceUri);
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.location) item.command = { command: 'pressReview.reveal', title: 'Show in Editor', arguments: [node.location] };
    item.contextValue = node.location ? 'pressReview.location' : node.resourceUri ? 'pressReview.article' : 'pressReview.group';
    item.accessibilityInformation = { label: [node.label, node.description].filter(Boolean).join(', ') };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
