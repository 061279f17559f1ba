import { z } from "zod";
import { MATCHING_CRITERIA } from "./matching-criteria.js";
import { SPECIALISATION_TREES } from "./mentor-types.js";
import { PHASE_GOAL_TREES } from "./relationship-phases.js";
import { SUPPORT_METHOD_TREES } from "./support-methods.js";
import { optionIdsOf, type VocabularyGroup, type VocabularyLeaf, type VocabularyTree } from "./tree.js";

/** Every category tree of the seed that the product uses, in seed order. */
export const VOCABULARY_TREES = [
  SPECIALISATION_TREES[0],
  SUPPORT_METHOD_TREES[0],
  SPECIALISATION_TREES[1],
  SUPPORT_METHOD_TREES[1],
  SPECIALISATION_TREES[2],
  SUPPORT_METHOD_TREES[2],
  MATCHING_CRITERIA,
  ...PHASE_GOAL_TREES,
] as const;

export const VocabularyTreeIdSchema = z.enum(optionIdsOf(VOCABULARY_TREES));
export type VocabularyTreeId = z.infer<typeof VocabularyTreeIdSchema>;

export type FoundNode =
  | { readonly kind: "tree"; readonly node: VocabularyTree; readonly tree: VocabularyTree }
  | {
      readonly kind: "group";
      readonly node: VocabularyGroup;
      readonly tree: VocabularyTree;
      readonly parentId: string;
    }
  | {
      readonly kind: "leaf";
      readonly node: VocabularyLeaf;
      readonly tree: VocabularyTree;
      readonly parentId: string;
    };

function buildIndex(): Map<string, FoundNode> {
  const index = new Map<string, FoundNode>();
  const add = (found: FoundNode) => {
    if (index.has(found.node.id)) throw new Error(`vocabulary: duplicate id ${found.node.id}`);
    index.set(found.node.id, found);
  };
  for (const tree of VOCABULARY_TREES as readonly VocabularyTree[]) {
    add({ kind: "tree", node: tree, tree });
    for (const group of tree.children) {
      add({ kind: "group", node: group, tree, parentId: tree.id });
      for (const leaf of group.children) add({ kind: "leaf", node: leaf, tree, parentId: group.id });
    }
  }
  return index;
}

const index = buildIndex();

/** Any tree, group or leaf by id, with its tree and parent; undefined when no node has that id. */
export function findNode(id: string): FoundNode | undefined {
  return index.get(id);
}

/** The leaves of a tree in seed order. */
export function leavesOf(treeId: VocabularyTreeId): readonly VocabularyLeaf[] {
  const found = index.get(treeId);
  if (found?.kind !== "tree") throw new Error(`vocabulary: unknown tree ${treeId}`);
  return found.node.children.flatMap((group) => group.children);
}
