import { registerMessages } from '@retention/ui';

// The branch planner's managers (capacity, days off), dispatch choice and reassignment of tasks.
registerMessages('listExec', {
  'zh-CN': {
    managers: {
      title: '本分公司电话经理/客户经理', help: '每日容量默认80通；可为每位经理设置每日容量，或为某一天设置容量（0 = 休息日）。派发不会超过当天容量，放不下的客户列为超出容量。',
      name: '经理', kind: '类型', capacity: '每日容量', daysOff: '休息日（今天起）', open: '未完成任务', none: '本分公司还没有在岗的电话经理或客户经理：请在培训管理的员工名册中维护',
      save: '保存', saved: '已保存 {{name}} 的容量', day: '日期', dayCapacity: '当天容量', setDay: '设置当天', dayOff: '设为休息', restore: '恢复默认容量', perDay: '通/天', noDaysOff: '无',
    },
    dispatch: { managers: '派发给', allManagers: '全部在岗经理（按未完成任务均衡）', managersHelp: '不选则按未完成任务数在全部在岗经理间均衡轮派；客户经理客户在活动含客户经理渠道时派给客户经理' },
    reassign: {
      title: '任务改派', help: '把未完成的任务（待联系、待回拨）改派给本分公司的另一位经理。', from: '当前经理', status: '状态', allManagers: '全部经理', allStatuses: '待联系和待回拨',
      to: '改派给', run: '改派所选任务', moved: '已改派 {{n}} 个任务', selected: '已选 {{n}} 个', customer: '客户', msisdn: '号码', manager: '经理', day: '计划日期', callback: '回拨时间',
      empty: '没有符合条件的任务', total: '共 {{n}} 个任务', prev: '上一页', next: '下一页',
    },
    members: { msisdn: '号码（脱敏）' },
  },
  en: {
    managers: {
      title: 'The branch’s phone and account managers', help: 'Default 80 calls a day; set a manager’s daily capacity, or one day’s (0 = a day off). Dispatch never exceeds a day’s capacity; customers that do not fit are reported as overflow.',
      name: 'Manager', kind: 'Kind', capacity: 'Daily capacity', daysOff: 'Days off (from today)', open: 'Open tasks', none: 'The branch has no active phone or account managers yet: add them to the staff roster in Training',
      save: 'Save', saved: 'Saved {{name}}’s capacity', day: 'Day', dayCapacity: 'Capacity that day', setDay: 'Set the day', dayOff: 'Day off', restore: 'Back to the daily capacity', perDay: 'calls/day', noDaysOff: 'None',
    },
    dispatch: { managers: 'Dispatch to', allManagers: 'Every active manager (balanced by open tasks)', managersHelp: 'Leave empty to balance over every active manager by open tasks (deterministic round-robin); account-manager customers go to account managers when the campaign has that channel' },
    reassign: {
      title: 'Reassign tasks', help: 'Move open tasks (open, call back) to another manager of the branch.', from: 'Current manager', status: 'Status', allManagers: 'Every manager', allStatuses: 'Open and call back',
      to: 'Reassign to', run: 'Reassign the selected tasks', moved: '{{n}} tasks reassigned', selected: '{{n}} selected', customer: 'Customer', msisdn: 'Number', manager: 'Manager', day: 'Planned day', callback: 'Call back at',
      empty: 'No tasks match', total: '{{n}} tasks', prev: 'Previous', next: 'Next',
    },
    members: { msisdn: 'Number (masked)' },
  },
});
