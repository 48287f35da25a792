// compromise loads asynchronously (lib/analysis/nlp.ts); tests check the engine with it loaded.
import { loadNlp } from '../../lib/analysis/nlp';

await loadNlp();
