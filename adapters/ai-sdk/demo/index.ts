// Public entry of `memos-middleware/ai-sdk/demo`: the offline demo model, kept out of the production
// entry. Re-exports only, by name.
export { type DemoModelOptions, demoModel } from './demo-model.ts';
