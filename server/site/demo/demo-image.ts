import sharp from 'sharp';

/**
 * A lead picture for a demo story: a diagonal gradient with soft circles and a
 * horizon band, no text. The same palette always gives the same bytes, so a
 * second seed run finds the image already in the library (media is content-addressed).
 */
export async function makeDemoImage(palette: [string, string, string], width = 1600, height = 900) {
  const [from, to, accent] = palette;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
    </linearGradient>
    <radialGradient id="r" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="${accent}" stop-opacity="0.85"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.72}" cy="${height * 0.36}" r="${height * 0.42}" fill="url(#r)"/>
  <circle cx="${width * 0.2}" cy="${height * 0.7}" r="${height * 0.18}" fill="${accent}" fill-opacity="0.18"/>
  <rect y="${height * 0.78}" width="100%" height="${height * 0.22}" fill="${from}" fill-opacity="0.55"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
