// The landing page's built script and styles (site/landingBundle.ts).
declare module 'virtual:afterglow-landing-bundle' {
  export const js: string;
  export const css: string;
}
