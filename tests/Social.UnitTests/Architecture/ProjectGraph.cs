using System.Xml.Linq;

namespace Social.UnitTests.Architecture;

/// <summary>What a project references, directly or through the projects it references.</summary>
internal static class ProjectGraph
{
    public static (HashSet<string> Projects, HashSet<string> Packages) ClosureOf(string relativeProjectPath)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var packages = new HashSet<string>(StringComparer.Ordinal);
        Visit(Path.GetFullPath(Path.Combine(SourceTree.Root, relativeProjectPath)), projects, packages);
        return (projects, packages);
    }

    private static void Visit(string projectPath, HashSet<string> projects, HashSet<string> packages)
    {
        if (!projects.Add(Path.GetFileNameWithoutExtension(projectPath)))
        {
            return;
        }

        var project = XDocument.Load(projectPath);
        foreach (var package in project.Descendants("PackageReference"))
        {
            packages.Add((string)package.Attribute("Include")!);
        }

        foreach (var reference in project.Descendants("ProjectReference"))
        {
            var relative = ((string)reference.Attribute("Include")!).Replace('\\', Path.DirectorySeparatorChar);
            Visit(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectPath)!, relative)), projects, packages);
        }
    }
}
