import { decodeSegment } from '@/app/_lib/project-paths';
import { ProjectOverview } from './_components/project-overview';

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;

  return <ProjectOverview projectId={decodeSegment(projectId)} />;
}
