/**
 * The Content-Security-Policy (docs/deploy.md). The build puts it in a <meta> tag in every page; public/_headers sends
 * it as a header too (with frame-ancestors, which only a header can carry). Not in the dev server's pages: Vite's dev
 * client needs inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Style attributes only (chart sizes in prerendered markup); no <style> elements.
  "style-src-attr 'unsafe-inline'",
  // blob: for the chart PNG export, which draws the SVG through an image made in the browser.
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
