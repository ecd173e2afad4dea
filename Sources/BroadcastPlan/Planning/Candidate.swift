/// An item due in a program before fitting: the item plus where its script sits in rotation.
struct Candidate {
  var item: PlanItem
  var campaignIndex: Int?
  var scriptIndex: Int?
}
