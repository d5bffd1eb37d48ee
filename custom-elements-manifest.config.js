/** Custom Elements Manifest: built from the elements' JSDoc headers, read by Storybook. */
export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.marks.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
