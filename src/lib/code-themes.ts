/**
 * The Shiki themes for code in both colour schemes. Use these everywhere code is highlighted
 * (Markdown fences via astro.config.mjs, and `<Code themes={CODE_THEMES} />` in components), so
 * src/styles/global.css can switch them with data-theme. github-dark's comments fail WCAG AA
 * contrast (3.0:1); github-dark-default's pass (6.2:1).
 */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;
