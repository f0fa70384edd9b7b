// Imported first by the edge fixtures (run in child processes): from here on, resolving any Node
// built-in or undici throws, as it would in an edge runtime. Import the code under test dynamically
// after this module so the hook is in place before it loads.
import { builtinModules, registerHooks } from 'node:module';

const blocked = new Set(builtinModules);
registerHooks({
  resolve(specifier, context, nextResolve) {
    const bare = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
    if (
      specifier.startsWith('node:') ||
      blocked.has(bare) ||
      bare === 'undici' ||
      bare.startsWith('undici/')
    ) {
      throw new Error(`edge check: "${specifier}" resolved from ${context.parentURL ?? '(entry)'}`);
    }
    return nextResolve(specifier, context);
  },
});
