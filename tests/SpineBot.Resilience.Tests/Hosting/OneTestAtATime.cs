// The load test measures a 2-core machine and the restart test starts and kills bots of its own: none of these tests
// may run alongside another one of this project.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
