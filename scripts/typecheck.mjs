/**
 * This file type-checks every TypeScript project of the repository (each has its own libraries:
 * core without DOM, the sidebar with DOM, the tests' browser code…). The projects share most of
 * their files (the DOM's and Apps Script's declarations, src/core), so each process parses a
 * file once and hands the same tree to every project it checks, as TypeScript's language service
 * does across the projects of an editor. On the 2-core machine this takes 16 s where seven
 * `tsc -p`, two at a time, took 28 s (two such processes side by side took 25 s: they slow each
 * other more than they gain).
 *
 * `node scripts/typecheck.mjs` checks them all; `node scripts/typecheck.mjs a.json b.json` only
 * those.
 */
import ts from 'typescript';

const PROJECTS = [
  'tsconfig.json',
  'src/core/tsconfig.json',
  'src/addon/tsconfig.json',
  'ui/tsconfig.json',
  'test/ui/tsconfig.json',
  'scripts/sandbox/page/tsconfig.json',
  'test/browser/tsconfig.json',
];

/**
 * A compiler host whose parsed files are kept across programs. A tree depends only on the file's
 * text and the options that shape parsing, which the projects share (they all extend the root
 * tsconfig.json and change only `lib` and `types`); the key keeps them apart anyway.
 * @param {ts.CompilerOptions} options
 * @param {Map<string, ts.SourceFile | undefined>} parsed
 */
function sharingHost(options, parsed) {
  const host = ts.createCompilerHost(options);
  const parse = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!parsed.has(key)) parsed.set(key, parse(fileName, languageVersion, onError, shouldCreate));
    return parsed.get(key);
  };
  return host;
}

/**
 * Checks the projects one after another with one cache of parsed files.
 * @param {string[]} projects
 * @returns {string[]} the failures' reports
 */
function checkAll(projects) {
  /** @type {Map<string, ts.SourceFile | undefined>} */
  const parsed = new Map();
  const failures = [];
  for (const project of projects) {
    const config = ts.getParsedCommandLineOfConfigFile(
      project,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) =>
          failures.push(report(project, [diagnostic])),
      },
    );
    if (!config) continue;
    const options = { ...config.options, noEmit: true };
    const host = sharingHost(options, parsed);
    const program = ts.createProgram({
      rootNames: config.fileNames,
      options,
      host,
      projectReferences: config.projectReferences,
    });
    const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program)];
    if (diagnostics.length > 0) failures.push(report(project, diagnostics, host));
  }
  return failures;
}

/**
 * @param {string} project
 * @param {readonly ts.Diagnostic[]} diagnostics
 * @param {ts.FormatDiagnosticsHost} [host]
 */
function report(project, diagnostics, host) {
  const format = host ?? {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: ts.sys.getCurrentDirectory,
    getNewLine: () => ts.sys.newLine,
  };
  return `tsc -p ${project}\n${ts.formatDiagnosticsWithColorAndContext(diagnostics, format)}`;
}

const failures = checkAll(process.argv.length > 2 ? process.argv.slice(2) : PROJECTS);
for (const failure of failures) process.stderr.write(`${failure}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
