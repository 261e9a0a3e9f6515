import { Link } from 'react-router-dom';
import { StaffRoster } from '@retention/training-views';
import { useTraineePath } from '../util';

/** Every branch's and the province's staff (the shared roster); each name opens the trainee's history page. */
export function StaffTab() {
  const traineePath = useTraineePath();
  return <StaffRoster nameCell={(s) => <Link to={traineePath(s.id)}>{s.displayName}</Link>} />;
}
