/**
 * The QR code of every partner short link, as an SVG file drawn at build (`qrcode`): `/qr/go/<section>.svg`
 * and `/qr/go/practice/<id>.svg`. The partners page shows them as images inside a closed
 * disclosure, so a page that nobody scans downloads none, and no JavaScript draws them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { partnerShortLinks } from '../../guide/shortLinks';

export const getStaticPaths = (() => partnerShortLinks().map(({ path, route }) => ({ params: { link: route }, props: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  // The short link as a customer's phone opens it: under the base path, on the published origin.
  const url = new URL(props['path'] as string, site ?? 'http://localhost/').href;
  // Black on white with the standard quiet zone, whatever the page's colour scheme: what scanners read best.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
