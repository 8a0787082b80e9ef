export declare const REPO_ROOT: string;
export declare const SOURCE: Readonly<{ pkg: string; version: string; file: string }>;
export declare const TRIMMED_FILE: string;
export declare const REQUIRED_SCHEMAS: readonly string[];
export interface OpenApiLike {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  info?: unknown;
  'x-trimmed'?: { source: string; allOperations: string[] };
  [key: string]: unknown;
}
export declare function operationKeys(doc: OpenApiLike): string[];
export declare function operationKeysInSources(dir?: string): string[];
export declare function trimDescription(
  full: OpenApiLike,
  keep: readonly string[],
): { doc: OpenApiLike; kept: string[] };
export declare function serialize(doc: OpenApiLike): string;
