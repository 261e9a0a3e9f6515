/** One row of the whisker chart: a point estimate and its 95 % interval (fractions). */
export interface Whisker {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Churn reduction with its 95 % CI per branch as whiskers around zero (plain SVG: no
 * chart library needed, readable when printed). Rows without an interval show a dash.
 */
export function CiWhiskers({ rows, title, testId = 'ci-whiskers' }: { rows: Whisker[]; title: string; testId?: string }) {
  const values = rows.flatMap((r) => [r.low, r.high, r.value]).filter((v): v is number => v !== null);
  const extent = Math.max(0.01, ...values.map((v) => Math.abs(v)));
  const width = 520;
  const labelWidth = 90;
  const rowHeight = 26;
  const plot = width - labelWidth - 20;
  const x = (v: number) => labelWidth + ((v + extent) / (2 * extent)) * plot;
  const height = rows.length * rowHeight + 30;
  return (
    <svg data-testid={testId} role="img" aria-label={title} width="100%" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }}>
      <title>{title}</title>
      <line x1={x(0)} x2={x(0)} y1={4} y2={height - 22} stroke="#999" strokeDasharray="3 3" />
      {rows.map((r, i) => {
        const y = 16 + i * rowHeight;
        return (
          <g key={r.label} data-testid={`${testId}-row`}>
            <text x={0} y={y + 4} fontSize={12}>
              {r.label}
            </text>
            {r.low !== null && r.high !== null && (
              <>
                <line x1={x(r.low)} x2={x(r.high)} y1={y} y2={y} stroke="#1677ff" strokeWidth={2} />
                <line x1={x(r.low)} x2={x(r.low)} y1={y - 6} y2={y + 6} stroke="#1677ff" strokeWidth={2} />
                <line x1={x(r.high)} x2={x(r.high)} y1={y - 6} y2={y + 6} stroke="#1677ff" strokeWidth={2} />
              </>
            )}
            {r.value !== null ? <circle cx={x(r.value)} cy={y} r={4} fill={r.value >= 0 ? '#52c41a' : '#f5222d'} /> : <text x={x(0) + 4} y={y + 4} fontSize={12}>—</text>}
          </g>
        );
      })}
      <text x={x(-extent)} y={height - 6} fontSize={11}>{`${(-extent * 100).toFixed(1)}pp`}</text>
      <text x={x(0) - 6} y={height - 6} fontSize={11}>0</text>
      <text x={x(extent) - 40} y={height - 6} fontSize={11}>{`+${(extent * 100).toFixed(1)}pp`}</text>
    </svg>
  );
}
