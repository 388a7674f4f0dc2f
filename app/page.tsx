import { NewProjectForm } from './_components/new-project-form';
import { ProjectList } from './_components/project-list';

export default function HomePage() {
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="projects-heading">
        <h1 id="projects-heading" className="mb-4 text-xl font-semibold tracking-tight">
          Projects
        </h1>
        <ProjectList />
      </section>
      <aside>
        <NewProjectForm />
      </aside>
    </div>
  );
}
