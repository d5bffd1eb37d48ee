/** Custom Elements Manifest: built from the elements' JSDoc headers, read by Storybook. */
export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.marks.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [onlyPublicMembers()],
};

/** The manifest documents the public API: private and protected members (controllers, helpers) are left out. */
function onlyPublicMembers() {
  return {
    name: 'sitrep-only-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'));
          }
        }
      }
    },
  };
}
