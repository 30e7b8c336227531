import Testing
import WortCore
@testable import WortProfile

@Suite struct EntitySelectionTests {
    @Test func parsesNamesAndGroups() throws {
        let s = try EntitySelection(parsing: "EMAIL, kr_rrn")
        #expect(s.contains(.email) && s.contains(.krRRN))
        #expect(!s.contains(.usaSSN))
        let usa = try EntitySelection(parsing: "USA_ALL")
        #expect(usa.entities.count == 17)
        #expect(usa.contains(.usaSSN) && usa.contains(.usaCPT) && usa.contains(.creditCard))
        #expect(!usa.contains(.personName) && !usa.contains(.date) && !usa.contains(.iban))
        let all = EntitySelection.all
        for e in EntityCatalog.all { #expect(all.contains(e)) }
    }

    @Test func unknownNameIsAUsageErrorListingValidNames() {
        do {
            _ = try EntitySelection(parsing: "EMAIL,EMIAL")
            Issue.record("no error")
        } catch let e as WortError {
            #expect(e.kind == .usage)
            #expect(e.description.contains("EMIAL"))
            #expect(e.description.contains("USA_SSN") && e.description.contains("USA_ALL"))
        } catch { Issue.record("\(error)") }
        #expect(throws: WortError.self) { try EntitySelection(parsing: " , ") }
    }

    @Test func columnNameHints() {
        func hinted(_ name: String, _ e: EntityType) -> Bool {
            ColumnNameHints.hints(for: name) & (1 << UInt64(EntityCatalog.index(of: e)!)) != 0
        }
        #expect(hinted("email_address", .email))
        #expect(!hinted("email_address", .address))
        #expect(hinted("ip_address", .ipAddress))
        #expect(!hinted("zip", .ipAddress))
        #expect(hinted("휴대폰번호", .phoneNumber))
        #expect(hinted("주민등록번호", .krRRN))
        #expect(hinted("FirstName", .personName))
        #expect(!hinted("product_name", .personName))
        #expect(hinted("dateOfBirth", .date))
        #expect(hinted("생년월일", .date))
        #expect(hinted("home_address", .address))
        #expect(hinted("계좌번호", .bankAccount))
    }
}
