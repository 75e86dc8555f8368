/**
 * A figure: a title, a one-sentence summary (the plot's description for screen readers, shown to
 * everyone), and the plot or, at a tap, a table of the same numbers.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';

export interface TableData {
  caption: string;
  head: string[];
  rows: { key: string; cells: string[] }[];
}

interface Props {
  id: string;
  title: string;
  summary: string;
  table: TableData;
  /** The plot, given the id of the summary that describes it. */
  plot: (describedBy: string) => ComponentChildren;
  heading?: 'h2' | 'h3';
}

export function DataTable({ table, describedBy }: { table: TableData; describedBy?: string }): JSX.Element {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={table.caption}>
      <table class="insights-table" aria-describedby={describedBy}>
        <caption class="visually-hidden">{table.caption}</caption>
        <thead>
          <tr>
            {table.head.map((h, i) => (
              <th key={h} scope="col" class={i === 0 ? undefined : 'num'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i} class="num">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Figure({ id, title, summary, table, plot, heading = 'h2' }: Props): JSX.Element {
  const H = heading;
  const [asTable, setAsTable] = useState(false);
  const summaryId = `${id}-summary`;
  return (
    <figure class="card insights-figure" aria-labelledby={`${id}-title`} data-testid={id}>
      <div class="figure-head">
        <H id={`${id}-title`}>{title}</H>
        <button type="button" class="figure-toggle" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {t('insights.table')}
        </button>
      </div>
      <p id={summaryId} class="figure-summary">
        {summary}
      </p>
      {asTable ? <DataTable table={table} describedBy={summaryId} /> : plot(summaryId)}
    </figure>
  );
}
