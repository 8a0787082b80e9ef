/**
 * The digest of what decides the objects read from a helm output (src/gitops/manifests.ts,
 * manifests-json.ts, util/is-map.ts and js-yaml's version), recorded with every JSON form a render
 * cache entry keeps: objects read by other code are not used, the output is read again. A test
 * (test/unit/manifests-json.test.ts) fails until this is updated after a change there.
 */
export const READING_SOURCES = '016b5a85366f90f8c9e39b975035db309ce4755264ab2042cc0c4a0bdad41bd1';
