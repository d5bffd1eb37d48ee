/** Custom Elements Manifest: built from the elements' JSDoc headers, read by Storybook. */
export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.marks.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [onlyPublicMembers()],
};

/** The manifest documents the public API: private and protected members (controllers, helpers) and analyser artefacts are left out. */
function onlyPublicMembers() {
  return {
    name: 'sitrep-only-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          // The analyser also takes `dispatchEvent(someVariable)` for an event; the elements' events are the
          // documented `sitrep-*` ones.
          if (declaration.events) declaration.events = declaration.events.filter((event) => /^sitrep-[a-z-]+$/.test(event.name ?? ''));
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'));
          }
        }
      }
    },
  };
}
