/**
 * The Content-Security-Policy of the renderer, one string for both shells: the Electron protocol
 * handler and the loopback server send it as a header; the HTML carries it as a meta tag too.
 * No remote origin anywhere: scripts, styles, fonts and calls come from the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
