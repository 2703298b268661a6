/** The key to the map's glyphs, in HTML so it needs no chart code. Shapes differ as well as colours. */
export function EvidenceMapLegend() {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-6 gap-y-1 text-base" aria-label="Key to the evidence map">
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="#007f3b" stroke="#00401e" strokeWidth="1.5" /></svg>
        Improved (filled)
      </li>
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="14" height="14">
          <defs>
            <linearGradient id="legend-half" x1="0" x2="1" y1="0" y2="0">
              <stop offset="50%" stopColor="#ffb81c" />
              <stop offset="50%" stopColor="#ffffff" />
            </linearGradient>
          </defs>
          <circle cx="7" cy="7" r="5.5" fill="url(#legend-half)" stroke="#212b32" strokeWidth="1.5" />
        </svg>
        Mixed (half filled)
      </li>
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="#ffffff" stroke="#4c6272" strokeWidth="1.5" /></svg>
        No difference (empty)
      </li>
    </ul>
  );
}
