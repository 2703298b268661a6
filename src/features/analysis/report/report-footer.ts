import { useEffect } from 'react';

// The printed report's running footer. The Content-Security-Policy allows no <style> elements, so the text reaches
// the @page margin box (analysis-report.css) as a custom property on the root element, read there with var().

export const FOOTER_PROPERTY = '--analysis-report-footer';

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks and control characters as spaces. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
  const plain = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `"${plain.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Sets the footer for as long as the report is shown; another page prints without it. */
export function useReportFooter(text: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty(FOOTER_PROPERTY, cssString(text));
    return () => {
      root.style.removeProperty(FOOTER_PROPERTY);
    };
  }, [text]);
}
