/**
 * The shape of every category tree in the seed (docs: peer-mentorship.md). Each seed tree is a
 * titled root with groups (├── Group) and leaves under them (│   ├── Leaf), so the shape is fixed
 * at two levels. Labels are copied exactly as the seed words them; ids are stable snake_case and
 * unique across the whole vocabulary (the tests check both).
 */
export interface VocabularyLeaf {
  readonly id: string;
  readonly label: string;
}

export interface VocabularyGroup {
  readonly id: string;
  readonly label: string;
  readonly children: readonly VocabularyLeaf[];
}

export interface VocabularyTree {
  readonly id: string;
  /** The tree's title in the seed, without the trailing colon (e.g. "Recovery Specializations"). */
  readonly label: string;
  readonly children: readonly VocabularyGroup[];
}

export type GroupIdOf<T extends VocabularyTree> = T["children"][number]["id"];
export type LeafIdOf<T extends VocabularyTree> = T["children"][number]["children"][number]["id"];

/** A non-empty tuple type, the shape `z.enum` wants. */
export type NonEmpty<T> = readonly [T, ...T[]];

function nonEmpty<T>(values: readonly T[]): NonEmpty<T> {
  if (values.length === 0) throw new Error("vocabulary: expected at least one id");
  return values as unknown as NonEmpty<T>;
}

/** Every leaf id of the given trees, in seed order. */
export function leafIdsOf<const T extends readonly VocabularyTree[]>(trees: T): NonEmpty<LeafIdOf<T[number]>> {
  return nonEmpty(trees.flatMap((tree) => tree.children.flatMap((group) => group.children.map((leaf) => leaf.id))));
}

/** Every group id of the given trees, in seed order. */
export function groupIdsOf<const T extends readonly VocabularyTree[]>(trees: T): NonEmpty<GroupIdOf<T[number]>> {
  return nonEmpty(trees.flatMap((tree) => tree.children.map((group) => group.id)));
}

/** Ids of a flat list of options, in order (for `z.enum`). */
export function optionIdsOf<const T extends { readonly id: string }>(options: readonly T[]): NonEmpty<T["id"]> {
  return nonEmpty(options.map((option) => option.id));
}
