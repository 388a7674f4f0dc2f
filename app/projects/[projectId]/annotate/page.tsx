import { decodeSegment } from '@/app/_lib/project-paths';
import { AnnotateScreen } from './_components/annotate-screen';

export default async function AnnotatePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;

  return <AnnotateScreen projectId={decodeSegment(projectId)} />;
}
