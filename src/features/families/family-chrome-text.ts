/** The words around the content of a family page (share box, contact box, links); measured with the content. */
export const CHROME = {
  allPages: 'All pages for families',
  forPractitioners: 'The same research, for health workers',
  shareHeading: 'Share this page',
  shareHint: 'You can send this link in a text or an email.',
  linkLabel: 'Link to this page',
  contactLabel: 'Your name and phone number (optional)',
  contactHint: 'For health workers: this is added to the link, so the family can reach you.',
  contactFromLink: 'Added by the person who sent you this link. This website did not write or check it.',
  share: 'Share',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFallback: 'The link is selected. Press Ctrl and C to copy it.',
  print: 'Print this page',
  contact: 'Your contact',
  whereFrom: 'Where this comes from',
  notAdvice: 'This page does not replace advice from your health visitor or GP.',
} as const;

export const FAMILY_CHROME_TEXT: string[] = Object.values(CHROME);
