import { registerMessages } from '@retention/ui';

// The import page's own additions to the province messages (merged into the namespace).
registerMessages('province', {
  'zh-CN': { imports: { refreshAfter: '导入后按月份顺序刷新所加载月份的客户细分', refreshed: '已刷新细分：{{months}}' } },
  en: { imports: { refreshAfter: 'Then refresh the segments of the months loaded, in order', refreshed: 'Segments refreshed: {{months}}' } },
});
