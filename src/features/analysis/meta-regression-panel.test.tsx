import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import { analyse, DEFAULT_SETTINGS, type AnalysisSettings } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { MetaRegressionPanel } from './meta-regression-panel';

const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });

function renderPanel(settings: AnalysisSettings, onSettings = vi.fn()) {
  render(
    <MetaRegressionPanel
      workspaceName="bcg"
      analysis={analyse(imported.rows, settings)}
      settings={settings}
      onSettings={onSettings}
      headers={imported.headers}
      mapping={imported.mapping}
      layout={imported.layout}
      records={imported.records ?? []}
      measureName="log risk ratio"
      isExample={false}
    />,
  );
  return onSettings;
}

describe('MetaRegressionPanel', () => {
  it('offers the file’s other columns, and a ticked one comes with the kind its cells suggest', async () => {
    const onSettings = renderPanel(DEFAULT_SETTINGS);
    const moderators = screen.getByRole('group', { name: 'Moderators' });
    expect(
      within(moderators)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('id') !== null),
    ).toHaveLength(3);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'alloc' }));
    expect(onSettings).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      moderators: [{ column: 'alloc', kind: 'categorical' }],
    });
    expect(screen.getByText('Choose at least one moderator to fit the model.')).toBeInTheDocument();
  });

  it('shows the fitted model, names the method, and draws one circle per study', () => {
    renderPanel({ ...DEFAULT_SETTINGS, moderators: [{ column: 'ablat', kind: 'continuous' }] });
    expect(screen.getByTestId('meta-regression-method')).toHaveTextContent(
      'Mixed-effects meta-regression, REML, as metafor’s rma(yi, vi, mods = ~ ablat, method = "REML", test = "z")',
    );
    expect(screen.getAllByTestId('meta-regression-coefficient')).toHaveLength(2);
    expect(
      screen.getByRole('img', { name: /^Bubble plot: the log risk ratio of each of 13 studies/ }),
    ).toBeInTheDocument();
    expect(document.querySelectorAll('circle.bubble-study')).toHaveLength(13);
    expect(screen.getByLabelText('Read “ablat” as')).toHaveValue('continuous');
  });

  it('says in plain words when the model cannot be fitted', () => {
    renderPanel({
      ...DEFAULT_SETTINGS,
      moderators: [
        { column: 'year', kind: 'categorical' },
        { column: 'ablat', kind: 'categorical' },
      ],
    });
    expect(screen.getByRole('status')).toHaveTextContent(/needs at least \d+ studies/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
