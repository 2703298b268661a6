export function SummaryPage() {
  return <h1>Summary of findings</h1>;
}
