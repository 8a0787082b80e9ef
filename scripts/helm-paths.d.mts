export declare const HELM_VERSIONS: Readonly<
  Record<3 | 4, Readonly<{ version: string; pkg: string; sha256: string; env: 'HELM' | 'HELM3' }>>
>;
export declare const LAYER_PLATFORM: string;
export declare const HELM_CACHE_DIR: string;
export declare function helmPath(major: 3 | 4): string;
export type HelmResolution =
  | { kind: 'found'; path: string; source: 'env' | 'provisioned' | 'path'; reported: string }
  | { kind: 'unusable'; reason: string }
  | { kind: 'missing'; reason: string };
export declare function resolveHelm(major: 3 | 4, env?: NodeJS.ProcessEnv): HelmResolution;
export declare function missingReason(major: 3 | 4): string;
