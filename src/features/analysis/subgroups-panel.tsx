import type { SubgroupComparison } from '../../domain/stats/index';
import {
  poolingName,
  type AnalysisResult,
  type AnalysisSettings,
  type EffectScale,
  type StepResult,
} from '../../domain/study-data/analyse';
import { formatI2, formatP, formatTau2 } from './format-statistics';
import { PooledFigures } from './pooled-figures';

/** "Q = 3.14 on 2 df, p = 0.208", or "F = 1.57 on 2 and 10 df, p = 0.254" for the moderator test under Knapp-Hartung. */
function testLine(test: { q: number; df: number; dfDenominator?: number; pValue: number }): string {
  return test.dfDenominator === undefined
    ? `Q = ${test.q.toFixed(2)} on ${test.df} df, p = ${formatP(test.pValue)}`
    : `F = ${test.q.toFixed(2)} on ${test.df} and ${test.dfDenominator} df, p = ${formatP(test.pValue)}`;
}

/** Each subgroup pooled on its own (or why not), and both tests for a difference between them, each named. */
export function SubgroupsPanel({
  subgroups,
  heading,
  settings,
  scale,
  measureName,
  countsPooling,
}: {
  subgroups: StepResult<SubgroupComparison>;
  /** Set when Mantel–Haenszel or Peto pooled the tables: each subgroup is pooled the same way, with no τ². */
  countsPooling: AnalysisResult['countsPooling'];
  heading: string;
  settings: AnalysisSettings;
  scale: EffectScale;
  measureName: string;
}) {
  const fixedTables = countsPooling !== null;
  return (
    <section aria-labelledby="subgroups-heading" className="bg-white p-4">
      <h2 id="subgroups-heading" className="mt-0">
        {heading}
      </h2>
      {subgroups.ok ? (
        <>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Subgroups table">
            <table>
              <caption className="text-left">
                Each subgroup pooled on its own ({poolingName({ countsPooling }, settings)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Subgroup</th>
                  <th scope="col">Studies</th>
                  <th scope="col">Pooled (95% CI)</th>
                  <th scope="col">τ²</th>
                  <th scope="col">I²</th>
                </tr>
              </thead>
              <tbody>
                {subgroups.value.groups.map((group) => (
                  <tr key={group.name}>
                    <th scope="row" className="font-normal break-words [overflow-wrap:anywhere]">
                      {group.name}
                    </th>
                    <td>{group.k}</td>
                    {group.ok ? (
                      <>
                        <td>
                          <PooledFigures result={group.result} scale={scale} measureName={measureName} />
                        </td>
                        <td>{formatTau2(group.result.tau2)}</td>
                        <td>{formatI2(group.result.i2)}</td>
                      </>
                    ) : (
                      <td colSpan={3}>Not pooled: {group.reason}.</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Is there a difference between the subgroups?</h3>
          <p>
            {fixedTables
              ? 'With fixed-effect pooling of the 2×2 tables, one test applies: the moderator test needs a model of each study’s effect and variance.'
              : 'Two tests are in common use, and they can disagree, so both are shown.'}
          </p>
          <ul>
            <li data-testid="subgroup-test">
              <strong>
                {fixedTables
                  ? `Each subgroup pooled on its own by ${poolingName({ countsPooling }, settings)}`
                  : 'Each subgroup with its own τ²'}
              </strong>{' '}
              (as RevMan): a Q test across the subgroup results
              {subgroups.value.separate.ok
                ? `${subgroups.value.separate.groupsCompared < subgroups.value.groups.length ? ` (the ${subgroups.value.separate.groupsCompared} subgroups that could be pooled)` : ''}: ${testLine(subgroups.value.separate.value)}.`
                : `: ${subgroups.value.separate.reason}`}
            </li>
            <li data-testid="subgroup-moderator-test">
              <strong>One τ² shared by all subgroups</strong> (the moderator test, metafor’s{' '}
              <code>rma(yi, vi, mods = ~ group)</code>, Q<sub>M</sub>)
              {subgroups.value.moderator.ok
                ? `: ${testLine(subgroups.value.moderator.value)}; shared τ² = ${formatTau2(subgroups.value.moderator.tau2)}.`
                : `: ${subgroups.value.moderator.reason}`}
            </li>
          </ul>
          <p>
            A small p suggests the subgroups differ. With few studies per subgroup,{' '}
            {fixedTables ? 'the test often misses' : 'both tests often miss'} real differences, and a difference between
            subgroups is an observation, not proof of cause.
          </p>
        </>
      ) : (
        <p>{subgroups.message}</p>
      )}
    </section>
  );
}
