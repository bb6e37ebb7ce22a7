/** Messages between the editor and the layout worker. */
export interface LayoutRequest {
  /** Each body with its band and how tall its box is (names of three lines, a chair's line). */
  readonly nodes: readonly { id: string; band: number; height: number }[];
  readonly edges: readonly { from: string; to: string }[];
  readonly width: number;
}

export type LayoutMessage =
  | { readonly type: 'progress'; readonly value: number }
  | { readonly type: 'done'; readonly positions: readonly { id: string; x: number; y: number }[] }
  | { readonly type: 'error'; readonly message: string };
