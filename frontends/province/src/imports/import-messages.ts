import { registerMessages } from '@retention/ui';

// The import page's own additions to the province messages (merged into the namespace).
registerMessages('province', {
  'zh-CN': {
    imports: {
      refreshAfter: '导入后按月份顺序刷新所加载月份的客户细分', refreshed: '已刷新细分：{{months}}',
      failedRows: '共 {{count}} 个错误，未导入任何数据：请下载错误报告修正后重新导入，或勾选「隔离错误行」只导入正确的行',
      failedOther: '导入失败，未导入任何数据：请检查文件后重试',
      quarantined: '已导入正确的行；{{count}} 个错误行已隔离，见下方错误报告',
      ignoredColumns: '{{file}} 中的列 {{columns}} 不是本类文件的列，已忽略：请确认文件类型是否选对',
      download: '下载错误报告（Excel）', reportFile: '导入错误报告', codeColumn: '错误代码', message: '说明',
      phase: { fetching: '正在获取 {{what}}', reading: '正在读取 {{what}}', validating: '正在校验 {{what}}', refreshing: '正在刷新 {{what}} 的细分', applying: '正在写入', done: '完成', failed: '失败', queued: '排队中' },
    },
  },
  en: {
    imports: {
      refreshAfter: 'Then refresh the segments of the months loaded, in order', refreshed: 'Segments refreshed: {{months}}',
      failedRows: '{{count}} errors, nothing was imported: download the error report, correct the file and import it again, or tick “quarantine bad rows” to import only the good rows',
      failedOther: 'The import failed and nothing was imported: check the file and try again',
      quarantined: 'The good rows were imported; {{count}} bad rows were quarantined, see the error report below',
      ignoredColumns: 'Columns {{columns}} of {{file}} are not columns of this kind of file and were ignored: check that the file was chosen for the right kind',
      download: 'Download the error report (Excel)', reportFile: 'import-errors', codeColumn: 'Error code', message: 'Explanation',
      phase: { fetching: 'fetching {{what}}', reading: 'reading {{what}}', validating: 'checking {{what}}', refreshing: 'refreshing the segments of {{what}}', applying: 'writing', done: 'done', failed: 'failed', queued: 'queued' },
    },
  },
});
