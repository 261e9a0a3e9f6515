import { Badge } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';

export const branchEvaluationUnreadQuery = graphql(`
  query BranchEvaluationUnread {
    unreadEvaluationNotificationCount
  }
`);

const REFRESH = { additionalTypenames: ['EvaluationReport', 'EvaluationNotification'] };

/** The menu's 后评估 item with the count of unread notices (returns, acceptances, shares). */
export function EvaluationNavLabel({ label }: { label: string }) {
  const [{ data }] = useQuery({ query: branchEvaluationUnreadQuery, context: REFRESH });
  return (
    <Badge count={data?.unreadEvaluationNotificationCount ?? 0} size="small" offset={[8, -2]} data-testid="evaluation-badge">
      {label}
    </Badge>
  );
}
