export { analyze, resolveOverlaps, sharedCache, type AnalyzeOptions } from './analyze';
export { ParagraphCache } from './doc';
export * from './finding';
