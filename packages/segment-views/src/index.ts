export { CustomerDashboard } from './customer-dashboard';
export { SegmentExplorer, SEGMENT_KEYS } from './segment-explorer';
export { RuleBuilder } from './rule-builder';
export { CohortPage } from './cohort-page';
export { Chart } from './chart';
export { exportToExcel, exportFileName, buildWorkbook, type ExcelColumn } from './export-excel';
