/**
 * Packages the Lambda bundles leave out of index.mjs and ship beside it, each
 * pre-bundled into `node_modules/<name>/index.mjs`, with the names the code
 * imports. Only the parsers of HTML, Markdown and JSON import them, on their
 * first input: a cold start on plain text then compiles a third less code
 * (Node compiles all of one file, even what it never runs).
 */
export const LAZY_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  linkedom: ['parseHTML'],
  '@mozilla/readability': ['Readability'],
  marked: ['marked'],
};

/**
 * Shell command that pre-bundles each lazy package the function's index.mjs
 * names (esbuild leaves `import("name")` there), with the project's esbuild and
 * resolved from `inputDir` (the project root), after the main bundle.
 * `extraArgs` are the main bundle's own esbuild flags (format, target,
 * minify, banner, aliases).
 */
export function lazyPackagesCommand(inputDir: string, outputDir: string, extraArgs: string): string {
  return Object.entries(LAZY_PACKAGES)
    .map(([name, names]) => {
      const dir = `${outputDir}/node_modules/${name}`;
      const entry = `export { ${names.join(', ')} } from '${name}';`;
      return (
        `if grep -qF '"${name}"' "${outputDir}/index.mjs"; then ` +
        `mkdir -p "${dir}" && out="$(cd "${dir}" && pwd)" && echo "${entry}" | ` +
        `(cd "${inputDir}" && node_modules/.bin/esbuild --bundle --platform=node ${extraArgs} ` +
        `--log-level=warning --outfile="$out/index.mjs") && ` +
        `echo '{"type":"module","exports":"./index.mjs"}' > "${dir}/package.json"; fi`
      );
    })
    .join(' && ');
}
