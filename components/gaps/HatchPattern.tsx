/** A diagonal-hatch SVG fill: marks bars by pattern as well as colour, so colour is never the only signal. */
export function HatchPattern({ id, background, stroke }: { id: string; background: string; stroke: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={background} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={stroke} strokeWidth="3" />
    </pattern>
  );
}
