/** Messages between the editor and the layout worker. */
export interface LayoutRequest {
  readonly nodes: readonly { id: string; band: number }[];
  readonly edges: readonly { from: string; to: string }[];
  readonly width: number;
  readonly height: number;
}

export type LayoutMessage =
  | { readonly type: 'progress'; readonly value: number }
  | { readonly type: 'done'; readonly positions: readonly { id: string; x: number; y: number }[] }
  | { readonly type: 'error'; readonly message: string };
