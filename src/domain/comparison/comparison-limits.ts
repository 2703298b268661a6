// How many programmes a comparison holds. On their own so the site-wide comparison tray can use them without
// bringing the comparison page's URL rules into every page's first script.

export const MIN_COMPARED = 2;
export const MAX_PROGRAMMES = 4;
