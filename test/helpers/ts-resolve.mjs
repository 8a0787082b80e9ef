/**
 * A Node 24 module hook for spawning the TypeScript sources as they are (with
 * --experimental-transform-types): a relative `.js` import of a `.ts` file that exists, as the
 * sources write them (NodeNext), resolves to the `.ts` file. Used by reliability-crash.test.ts and by
 * runAction(…, { from: 'source' }) (test/helpers/runner.ts).
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const url = new URL(specifier, context.parentURL);
      if (!existsSync(fileURLToPath(url))) return next(url.href.replace(/\.js$/, '.ts'), context);
    }
    return next(specifier, context);
  },
});
