// The part of web-ext's programmatic API that scripts/firefox-check.ts uses (web-ext ships no types).
declare module 'web-ext' {
  interface Options {
    shouldExitProgram: boolean;
  }
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output: 'none' | 'json' | 'text'; selfHosted: boolean }, options: Options): Promise<unknown>;
      run(
        params: { sourceDir: string; firefox: string; firefoxProfile: string; args: string[]; noInput: boolean; noReload: boolean; target: string[] },
        options: Options,
      ): Promise<{ exit(): Promise<void> }>;
    };
  };
  export default webExt;
}
