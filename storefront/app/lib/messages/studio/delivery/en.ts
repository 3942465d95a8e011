/** The studio's strings for the shop's own delivery options (English); az.ts and ru.ts have every key (the types check it). */
export const studioDeliveryEn = {
  "studio.nav.delivery": "Delivery",
  "studio.delivery.title": "Delivery",
  "studio.delivery.intro":
    "Ship your physical goods yourself: buyers choose one of your options at checkout and the fee is yours. Without options of your own, the marketplace's delivery ships them.",
  "studio.delivery.none": "Your goods ship with the marketplace's delivery.",
  "studio.delivery.new": "Add a delivery option",
  "studio.delivery.name": "Name buyers see",
  "studio.delivery.zone": "Delivers to",
  "studio.delivery.fee": "Fee in {currency}",
  "studio.delivery.feeOptional": "Fee in {currency} (optional)",
  "studio.delivery.feeInvalid": "Give a fee of 0 or more, such as 8 or 8.50.",
  "studio.delivery.add": "Add",
  "studio.delivery.save": "Save",
  "studio.delivery.edit": "Edit",
  "studio.delivery.delete": "Delete",
  "studio.delivery.deleteWho": "Delete {name}",
  "studio.delivery.lastHint": "Deleting your last option gives your goods back to the marketplace's delivery.",
  "studio.delivery.inUse":
    "Orders bought with this option are not shipped yet: mark them shipped (or have them cancelled), then delete it.",
  "studio.delivery.ownersOnly": "Only an owner of the shop can change its delivery options.",
  "studio.delivery.zoneNeedsFee": "Buyers in the zone you chose pay in this currency: give a fee in it, or they cannot choose this option.",
  "studio.delivery.zoneName.azerbaijan": "Azerbaijan",
  "studio.delivery.zoneName.europe": "Europe",
  "studio.delivery.zoneName.international": "International",
  "studio.delivery.zoneHint":
    "Buyers see an option only in the currency they pay in: each zone's currency is in brackets, and a fee in it is needed.",
}
