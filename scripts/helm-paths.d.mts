export declare const HELM_VERSIONS: Readonly<Record<3 | 4, Readonly<{ version: string; pkg: string }>>>;
export declare const HELM_CACHE_DIR: string;
export declare function helmPath(major: 3 | 4): string;
