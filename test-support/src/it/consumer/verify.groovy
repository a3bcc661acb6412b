// The consumer's tests ran against the freshly built jars: the budget that holds passed, the one too small failed
// with measured bytes against budget and the allocation sites.
import javax.xml.parsers.DocumentBuilderFactory

def report = new File(basedir, 'target/surefire-reports/TEST-example.OrderAllocationTest.xml')
assert report.isFile() : "the consumer's tests did not run: no ${report}"
def cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).getElementsByTagName('testcase')
def outcome = [:]
for (int i = 0; i < cases.length; i++) {
    def testcase = cases.item(i)
    def failures = testcase.getElementsByTagName('failure')
    outcome[testcase.getAttribute('name')] = failures.length == 0 ? null : failures.item(0).getTextContent()
}
assert outcome.keySet() == ['decodingAnOrderStaysWithinItsBudget', 'aBudgetTooSmallForAnOrderFails'] as Set
assert outcome['decodingAnOrderStaysWithinItsBudget'] == null : "the budget that holds failed: ${outcome['decodingAnOrderStaysWithinItsBudget']}"

def message = outcome['aBudgetTooSmallForAnOrderFails']
assert message != null : 'the budget that is too small passed'
assert message.contains('Expecting decoding Order from ') : message
assert message =~ /to allocate at most 100 bytes per decode, but it allocated [0-9,]+ bytes per decode/ : message
assert message.contains('(steady state: two windows of ') : message
assert message.contains('Top allocation sites') : message
assert message =~ /(?m)^ +[0-9.]+%  \S+ at (com\.fasterxml\.jackson|dev\.jsonbench\.jackson)\./ : message
println "consumer: the budget held; the one too small failed with:\n${message}"
return true
